/**
 * The application shell: layout, header and menu, home dashboard, the mapping of business exceptions to faces
 * messages, and the exception handler that turns expired sessions and errors into friendly pages.
 */
package ru.socorder.web.shell;

/**
 * The JSF user interface: one backing bean per screen, grouped by business area (the same package names as in
 * the ejb module). Beans call the EJB boundaries and never an EntityManager.
 */
package ru.socorder.web;

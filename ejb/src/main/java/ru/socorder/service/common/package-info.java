/**
 * Typed business exceptions thrown by every boundary (mapped once to faces messages in the web layer and to
 * RFC 9457 problem JSON in the API) and the Russian message bundle they are written in.
 */
package ru.socorder.service.common;

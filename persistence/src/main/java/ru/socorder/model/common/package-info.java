/**
 * Shared value objects (money, volumes) and the JPA converters of all value objects. No business decisions here
 * beyond what a value can check about itself.
 */
package ru.socorder.model.common;

/** API of social orders: orders with lines and volumes, workflow transitions, versions and their differences. */
package ru.socorder.api.order;

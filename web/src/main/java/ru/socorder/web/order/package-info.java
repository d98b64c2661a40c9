/** Социальный заказ: the list of orders and the order editor (lines × years, sum rule, workflow, versions). */
package ru.socorder.web.order;

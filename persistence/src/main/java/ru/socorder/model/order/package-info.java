/**
 * Социальный заказ: the order of an authority for a direction and a financial year (plus two planning years), its
 * lines with volumes per year split by method, its versions and its workflow transitions.
 */
package ru.socorder.model.order;

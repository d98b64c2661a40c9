/**
 * Главная: what the home page counts — the caller's own work (orders of its authority by status, decisions of its
 * territory by status) and, for administrators, a summary per territory. Lists of deadlines come from the areas
 * ({@code ApprobationPlanService.alerts}, {@code OrderFormationService.approvalAlerts}).
 */
package ru.socorder.service.home;

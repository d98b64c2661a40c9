package ru.socorder.model.security;

/** Roles of the application; the names are the Jakarta Security group and role names. */
public enum Role {
    /** администратор системы */
    ADMIN,
    /** специалист уполномоченного органа */
    AUTHORITY_CLERK,
    /** утверждающий (руководитель) уполномоченного органа: утверждает социальный заказ своего органа */
    APPROVER,
    /** пользователь организации-исполнителя */
    EXECUTOR,
    /** наблюдатель (только чтение) */
    OBSERVER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String AUTHORITY_CLERK_NAME = "AUTHORITY_CLERK";
    public static final String APPROVER_NAME = "APPROVER";
    public static final String EXECUTOR_NAME = "EXECUTOR";
    public static final String OBSERVER_NAME = "OBSERVER";
}

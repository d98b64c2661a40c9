package ru.socorder.service.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ru.socorder.model.security.Role;
import ru.socorder.service.common.FieldError;

/** Validation of a user form: plain rules, unit-tested without a container. */
public final class UserRules {
    public static final int MIN_PASSWORD = 8;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

    private UserRules() {
    }

    public static List<FieldError> check(UserForm f, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        String login = f.getLogin() == null ? "" : f.getLogin().trim();
        if (!LOGIN.matcher(login).matches()) {
            errors.add(new FieldError("login", "Имя пользователя: от 2 до 50 символов — строчные латинские буквы, цифры, точка, дефис, подчёркивание"));
        }
        if (f.getFullName() == null || f.getFullName().isBlank()) {
            errors.add(new FieldError("fullName", "Укажите ФИО пользователя"));
        }
        if (f.getRoles().isEmpty()) {
            errors.add(new FieldError("roles", "Назначьте пользователю хотя бы одну роль"));
        }
        if (f.getRoles().contains(Role.AUTHORITY_CLERK) && f.getAuthorityId() == null) {
            errors.add(new FieldError("authorityId", "Специалист уполномоченного органа должен быть привязан к уполномоченному органу"));
        }
        if (f.getRoles().contains(Role.APPROVER) && f.getAuthorityId() == null) {
            errors.add(new FieldError("authorityId", "Утверждающий должен быть привязан к уполномоченному органу"));
        }
        if (f.getRoles().contains(Role.EXECUTOR) && f.getExecutorId() == null) {
            errors.add(new FieldError("executorId", "Пользователь исполнителя должен быть привязан к организации-исполнителю"));
        }
        if (f.getAuthorityId() != null && f.getExecutorId() != null) {
            errors.add(new FieldError("executorId", "Пользователь привязывается либо к уполномоченному органу, либо к исполнителю, но не к обоим"));
        }
        if (creating || (f.getPassword() != null && !f.getPassword().isEmpty())) {
            checkPassword(f.getPassword(), errors);
        }
        return errors;
    }

    public static void checkPassword(String password, List<FieldError> errors) {
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(new FieldError("password", "Пароль должен содержать не менее " + MIN_PASSWORD + " символов"));
        }
    }
}

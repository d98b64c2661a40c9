package ru.socorder.service.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import ru.socorder.model.security.Role;
import ru.socorder.model.security.UserAccount;

/** What the administrator edits about a user (screen and API). */
public class UserForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String login;
    private String fullName;
    private boolean active = true;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Long authorityId;
    private Long executorId;
    private String password;

    public static UserForm of(UserAccount u) {
        UserForm f = new UserForm();
        f.id = u.getId();
        f.version = u.getVersion();
        f.login = u.getLogin();
        f.fullName = u.getFullName();
        f.active = u.isActive();
        f.roles = u.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.getRoles());
        f.authorityId = u.getAuthority() == null ? null : u.getAuthority().getId();
        f.executorId = u.getExecutor() == null ? null : u.getExecutor().getId();
        return f;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(Long authorityId) {
        this.authorityId = authorityId;
    }

    public Long getExecutorId() {
        return executorId;
    }

    public void setExecutorId(Long executorId) {
        this.executorId = executorId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

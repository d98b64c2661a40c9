package ru.socorder.service.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.socorder.service.security.DataScope;

/**
 * One way to page any list in the database: the caller's data scope (mandatory: a list without one cannot be
 * written), optional filters, the fields the free-text query searches, and the fields a column may be sorted by.
 * Builds the page query and its count query with the same conditions.
 *
 * <pre>
 * PagedQuery.of(em, SocialOrder.class, "o", "left join fetch o.authority", DataScope.authority(caller, "o.authority.id"))
 *     .filter("o.fiscalYear = :year", "year", year)
 *     .search("o.title")
 *     .sortable(Map.of("fullName", "e.fullName", "inn", "e.inn"), "e.fullName")
 *     .page(request);
 * </pre>
 */
public final class PagedQuery<T> {
    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final String fetch;
    private String[] searchFields = new String[0];
    private String patternField;
    private Function<String, ? extends Collection<String>> patternsOfQuery = q -> List.of();
    private Map<String, String> sortable = Map.of();
    private String defaultOrder;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private PagedQuery(EntityManager em, Class<T> type, String alias, String fetch, DataScope scope) {
        this.em = em;
        this.type = type;
        this.alias = alias;
        this.fetch = fetch == null ? "" : " " + fetch;
        this.defaultOrder = alias + ".id";
        java.util.Objects.requireNonNull(scope, "every list has a data scope (DataScope)");
        if (!scope.isEverything()) {
            condition(scope.condition(), "scope", scope.value());
        }
    }

    /**
     * @param scope which rows the caller may see ({@link DataScope}); never null — a list without a scope fails
     */
    public static <T> PagedQuery<T> of(EntityManager em, Class<T> type, String alias, String fetchJoins, DataScope scope) {
        return new PagedQuery<>(em, type, alias, fetchJoins, scope);
    }

    /** Fields compared case-insensitively with {@code %query%}. */
    public PagedQuery<T> search(String... fields) {
        this.searchFields = fields;
        return this;
    }

    /**
     * One more field the query searches: a stored identifier (matched as stored, no lower case) compared with the
     * LIKE patterns its value object reads the query as, e.g. {@code RegistryNumber::searchPatterns} — a part of the
     * number, lookalikes corrected. A row matches when any text field or any pattern matches.
     */
    public PagedQuery<T> searchAs(String field, Function<String, ? extends Collection<String>> patterns) {
        this.patternField = field;
        this.patternsOfQuery = patterns;
        return this;
    }

    /** Sort keys the screen/API may ask for → JPQL paths; the default order when none is asked. */
    public PagedQuery<T> sortable(Map<String, String> fields, String defaultOrder) {
        this.sortable = fields;
        this.defaultOrder = defaultOrder;
        return this;
    }

    /**
     * An optional filter the user asked for (JPQL, using the alias) with its named parameter; a null value means "not
     * asked" and adds nothing. The data scope is not a filter: it is given to {@link #of} and always applies.
     */
    public PagedQuery<T> filter(String condition, String parameter, Object value) {
        if (value == null) {
            return this;
        }
        return condition(condition, parameter, value);
    }

    /**
     * A condition the list always has (part of what the list is, not a filter the user asked for), with every named
     * parameter it uses; parameters may be shared with later conditions.
     */
    public PagedQuery<T> require(String condition, Map<String, ?> parameters) {
        where.append(where.length() == 0 ? " where " : " and ").append("(").append(condition).append(")");
        this.parameters.putAll(parameters);
        return this;
    }

    private PagedQuery<T> condition(String condition, String parameter, Object value) {
        return require(condition, Map.of(parameter, value));
    }

    public Page<T> page(PageRequest request) {
        if (request.strictSort() && request.sortField() != null && !sortable.containsKey(request.sortField())) {
            throw new ValidationFailed("sort", "Сортировка по полю «" + request.sortField() + "» невозможна; допустимы: "
                    + String.join(", ", new java.util.TreeSet<>(sortable.keySet())) + " (для убывания — со знаком минус)");
        }
        String entity = type.getSimpleName();
        TypedQuery<T> q = em.createQuery(jpql(request), type);
        TypedQuery<Long> c = em.createQuery("select count(" + alias + ") from " + entity + " " + alias + conditions(request), Long.class);
        bind(q, request);
        bind(c, request);
        List<T> items = q.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        long total = items.size() < request.size() && request.first() == 0 ? items.size() : c.getSingleResult();
        return new Page<>(items, total);
    }

    /** The page query as JPQL (for tests and logs). */
    String jpql(PageRequest request) {
        String order = request.sortField() != null && sortable.containsKey(request.sortField())
                ? sortable.get(request.sortField()) + (request.ascending() ? " asc" : " desc")
                : defaultOrder;
        return "select " + alias + " from " + type.getSimpleName() + " " + alias + fetch + conditions(request)
                + " order by " + order + ", " + alias + ".id";
    }

    /** The named parameters of the conditions (scope and filters), for tests. */
    Map<String, Object> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    private String conditions(PageRequest request) {
        StringBuilder sb = new StringBuilder(where);
        List<String> alternatives = new ArrayList<>();
        if (request.query() != null) {
            for (String field : searchFields) {
                alternatives.add("lower(" + field + ") like :q");
            }
            for (int i = 0; i < patterns(request).size(); i++) {
                alternatives.add(patternField + " like :p" + i);
            }
        }
        if (!alternatives.isEmpty()) {
            sb.append(sb.length() == 0 ? " where (" : " and (").append(String.join(" or ", alternatives)).append(")");
        }
        return sb.toString();
    }

    private List<String> patterns(PageRequest request) {
        return patternField == null ? List.of() : List.copyOf(patternsOfQuery.apply(request.query()));
    }

    private void bind(TypedQuery<?> q, PageRequest request) {
        parameters.forEach(q::setParameter);
        if (request.query() != null && searchFields.length > 0) {
            q.setParameter("q", request.likePattern());
        }
        if (request.query() != null) {
            List<String> patterns = patterns(request);
            for (int i = 0; i < patterns.size(); i++) {
                q.setParameter("p" + i, patterns.get(i));
            }
        }
    }
}

package ru.socorder.service.exchange;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import ru.socorder.service.common.FieldError;

/**
 * The part every importer shares: after each row was checked by its rules, mark the rows whose key is already in
 * the directory or repeats an earlier row, and build the preview (accepted drafts in file order).
 */
public final class ImportAssembly<D extends Serializable> {

    /** One checked row: line in the file, its draft, what the rules said, its natural key (null if invalid). */
    public record Checked<D>(int line, D draft, RuleResult rules, String key) {
    }

    private final List<Checked<D>> rows = new ArrayList<>();

    public void add(int line, D draft, RuleResult rules, String key) {
        rows.add(new Checked<>(line, draft, rules, key));
    }

    public Set<String> keys() {
        Set<String> keys = new HashSet<>();
        rows.stream().map(Checked::key).filter(k -> k != null).forEach(keys::add);
        return keys;
    }

    /**
     * @param existing    keys already in the directory
     * @param label       the key column as the preview shows it
     * @param name        the name column
     */
    public ImportPreview<D> preview(Set<String> existing, String existsMessage, String repeatedMessage,
                             Function<D, String> label, Function<D, String> name) {
        Set<String> seen = new HashSet<>();
        List<ImportRow> result = new ArrayList<>();
        List<D> drafts = new ArrayList<>();
        for (Checked<D> c : rows) {
            List<String> messages = new ArrayList<>(c.rules().errors().stream().map(FieldError::message).toList());
            if (c.key() != null && existing.contains(c.key())) {
                messages.add(existsMessage);
            } else if (c.key() != null && !seen.add(c.key())) {
                messages.add(repeatedMessage);
            }
            if (messages.isEmpty()) {
                drafts.add(c.draft());
                result.add(new ImportRow(c.line(), c.rules().corrections().isEmpty() ? ImportRow.Status.VALID : ImportRow.Status.CORRECTED,
                        label.apply(c.draft()), name.apply(c.draft()), c.rules().corrections()));
            } else {
                result.add(new ImportRow(c.line(), ImportRow.Status.REJECTED, label.apply(c.draft()), name.apply(c.draft()), messages));
            }
        }
        return new ImportPreview<>(result, drafts);
    }
}

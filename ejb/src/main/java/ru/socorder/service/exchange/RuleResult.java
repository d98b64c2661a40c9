package ru.socorder.service.exchange;

import java.util.ArrayList;
import java.util.List;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;

/** What the rules found about one record: field errors (it is rejected) and automatic corrections (it is accepted). */
public final class RuleResult {
    private final List<FieldError> errors = new ArrayList<>();
    private final List<String> corrections = new ArrayList<>();

    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public void corrected(String field, List<String> notes) {
        notes.forEach(n -> corrections.add(field + ": " + n));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<String> corrections() {
        return corrections;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}

package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Forms mark the fields their boundary requires, the same way everywhere (PrimeFaces' «*» of the label). */
class RequiredFieldsBrowserIT extends IntegrationTest {

    @Test
    void theExecutorFormMarksWhatItsTypeRequires() {
        try (Browser browser = Browser.open(base())) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            browser.login("clerk", "demo");
            FormLabels form = new FormLabels(browser).open("catalog/executor.xhtml");
            assertEquals(List.of("Тип исполнителя", "Полное наименование", "ИНН"), form.required().subList(0, 3), form.required().toString());
            form.choose("executorForm:type", "Физическое лицо");
            List<String> naturalPerson = form.requiredOnce(r -> r.contains("СНИЛС") && !r.contains("КПП"));
            browser.screenshot("executor-required-natural-person");
            assertTrue(naturalPerson.contains("СНИЛС") && !naturalPerson.contains("ОГРН / ОГРНИП") && !naturalPerson.contains("КПП"), naturalPerson.toString());
            form.choose("executorForm:type", "Индивидуальный предприниматель");
            List<String> entrepreneur = form.requiredOnce(r -> r.stream().anyMatch(l -> l.startsWith("ОГРН")));
            assertTrue(entrepreneur.stream().anyMatch(l -> l.startsWith("ОГРН")), entrepreneur.toString());
        }
    }

    @Test
    void otherFormsMarkTheirRequiredFieldsToo() {
        try (Browser browser = Browser.open(base())) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            browser.login("admin", "demo");
            FormLabels form = new FormLabels(browser);
            assertTrue(form.open("catalog/service.xhtml").required().size() >= 3, form.required().toString());
            assertTrue(form.open("catalog/authority.xhtml").required().size() >= 3, form.required().toString());
            List<String> user = form.open("admin/user.xhtml").required();
            assertTrue(user.contains("Имя пользователя") && user.size() == 4, "login, name, roles and, for a new user, the password: " + user);
        }
    }
}

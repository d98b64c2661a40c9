package ru.socorder.web.enrolment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.certificate.enrolment.EnrolmentForm;
import ru.socorder.service.certificate.enrolment.EnrolmentView;
import ru.socorder.service.certificate.enrolment.Enrolments;
import ru.socorder.service.certificate.enrolment.GroupOption;
import ru.socorder.service.common.BusinessException;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * «Записать на программу»: the clerk registers a parent's choice — the certificate number, then a group picked from
 * those the certificate may be used for (certified programmes of its service in the authority's registry, free places).
 */
@Named("enrolmentNew")
@ViewScoped
public class EnrolmentNewBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Enrolments service;

    private String number;
    private List<GroupOption> groups;
    private Long groupId;

    public void find() {
        groups = null;
        groupId = null;
        try {
            groups = service.groupOptions(number, null);
        } catch (BusinessException e) {
            FacesErrors.show(e, "newForm");
        }
    }

    public String register() {
        try {
            EnrolmentForm form = new EnrolmentForm();
            form.certificateNumber = number;
            form.groupId = groupId;
            EnrolmentView e = service.register(form);
            FacesErrors.info(Bundle.text("enrolment.new.done", e.programmeName(), RussianText.date(e.answerDue())));
            return "/enrolment/enrolments?faces-redirect=true";
        } catch (BusinessException e) {
            FacesErrors.show(e, "newForm");
            return null;
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    /** Null until the groups were looked up. */
    public List<GroupOption> getGroups() {
        return groups;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}

package ru.socorder.web.enrolment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import ru.socorder.service.certificate.enrolment.CertificateCheck;
import ru.socorder.service.certificate.enrolment.PublicContract;
import ru.socorder.service.common.BusinessException;
import ru.socorder.web.shell.FacesErrors;

/**
 * «Проверка сертификата» — the public page for parents (no login): the certificate number and the last four digits of
 * the child's СНИЛС → the contracts on it. The answer, the «не найдено» and the rate limit are the boundary's
 * ({@link CertificateCheck}), shared with {@code GET /api/v1/public/certificate-check}.
 */
@Named("certificateCheck")
@RequestScoped
public class CertificateCheckBean {
    @EJB
    private CertificateCheck check;

    private String number;
    private String snils4;
    private List<PublicContract> contracts;

    public void search() {
        contracts = null;
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            contracts = check.check(number, snils4, request.getRemoteAddr());
        } catch (BusinessException e) {
            FacesErrors.show(e, "checkForm");
        }
    }

    /** Null until a check found the certificate. */
    public List<PublicContract> getContracts() {
        return contracts;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getSnils4() {
        return snils4;
    }

    public void setSnils4(String snils4) {
        this.snils4 = snils4;
    }
}

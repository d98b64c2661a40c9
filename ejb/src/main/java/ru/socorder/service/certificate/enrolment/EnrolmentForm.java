package ru.socorder.service.certificate.enrolment;

import java.io.Serializable;
import ru.socorder.model.certificate.Channel;

/**
 * The parent's choice as a clerk or an adapter (ЕПГУ, Навигатор) registers it: the certificate's number (as typed:
 * with or without dashes) and the programme group; the channel it arrived by (the clerk's screen when not given).
 */
public class EnrolmentForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String certificateNumber;
    public Long groupId;
    public Channel channel;
}

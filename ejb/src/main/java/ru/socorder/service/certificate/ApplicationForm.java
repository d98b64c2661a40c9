package ru.socorder.service.certificate;

import java.io.Serializable;
import java.time.LocalDate;

/** An application for a certificate: an existing consumer (consumerId) or the child's data (consumer, registered or found by СНИЛС), the service, the start date, the channel (CLERK, EPGU, NAVIGATOR). */
public class ApplicationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long consumerId;
    private ConsumerForm consumer;
    private Long serviceId;
    private LocalDate startsOn;
    private String channel;

    public Long getConsumerId() {
        return consumerId;
    }

    public void setConsumerId(Long consumerId) {
        this.consumerId = consumerId;
    }

    public ConsumerForm getConsumer() {
        return consumer;
    }

    public void setConsumer(ConsumerForm consumer) {
        this.consumer = consumer;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}

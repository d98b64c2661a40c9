package ru.socorder.service.decision;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A plan activity as entered: the deadline is the clerk's text, parsed by {@link DeadlineParser}. */
public class ActivityForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long stageId;
    private String number;
    private String text;
    private String deadline;
    private String result;
    private List<String> responsible = new ArrayList<>();

    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public List<String> getResponsible() {
        return responsible;
    }

    public void setResponsible(List<String> responsible) {
        this.responsible = responsible == null ? new ArrayList<>() : new ArrayList<>(responsible);
    }
}

package ru.socorder.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;

/** A service in the scope of a decision, with the selection method and the body that organises it. */
@Entity
@Table(name = "decision_service")
public class ServiceInScope {
    @Id
    @SequenceGenerator(name = "decision_service_seq", sequenceName = "decision_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_service_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false)
    private Decision decision;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private SocialService service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SelectionMethod method;

    @ManyToOne
    @JoinColumn(name = "organiser_id")
    private AuthorisedBody organiser;

    /** The description as the resolution prints it («технической направленности, форма обучения: очная»). */
    @Column(length = 1000)
    private String description;

    @Column(nullable = false)
    private int position;

    /** The heading the act's list of services puts over this service and the ones after it («1. Реализация …:»). */
    @Column(name = "list_heading", length = 1000)
    private String listHeading;

    protected ServiceInScope() {
    }

    public ServiceInScope(Decision decision, SocialService service, SelectionMethod method, AuthorisedBody organiser,
                           String description, int position) {
        this.decision = decision;
        this.service = service;
        this.method = method;
        this.organiser = organiser;
        this.description = description;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Decision getDecision() {
        return decision;
    }

    public SocialService getService() {
        return service;
    }

    public SelectionMethod getMethod() {
        return method;
    }

    public AuthorisedBody getOrganiser() {
        return organiser;
    }

    public String getDescription() {
        return description;
    }

    public String getListHeading() {
        return listHeading;
    }

    public void setListHeading(String listHeading) {
        this.listHeading = listHeading;
    }

    public int getPosition() {
        return position;
    }
}

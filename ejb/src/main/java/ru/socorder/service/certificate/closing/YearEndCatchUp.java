package ru.socorder.service.certificate.closing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * At start, once {@code JobRecovery} has marked the jobs a stop cut off as interrupted: the year ends past their
 * closing date start, and those cut off resume ({@link YearEnd#catchUp}).
 */
@Startup
@Singleton
@DependsOn("JobRecovery")
public class YearEndCatchUp {
    @EJB
    private YearEnd yearEnd;

    @PostConstruct
    void catchUp() {
        yearEnd.catchUp();
    }
}

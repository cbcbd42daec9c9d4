package org.casework.statistics.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.RegulatorTime;
import org.casework.platform.boundary.FacesMessages;
import org.casework.platform.control.CaseworkConfig;
import org.casework.statistics.boundary.OutcomeStatistics;
import org.casework.statistics.control.OutcomeReport;
import org.casework.statistics.control.Period;
import org.casework.statistics.control.StatisticsExports;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The registrar's dashboard: a period, its tables and charts, and the exports to publish. */
@Named
@ViewScoped
public class OutcomeDashboard implements Serializable {

    @Inject
    OutcomeStatistics statistics;
    @Inject
    CaseworkConfig config;

    @Inject
    RegulatorTime time;

    private LocalDate from;
    private LocalDate to;
    private Period.Basis basis = Period.Basis.CLOSED;
    private Integer suppressBelow;
    private OutcomeReport report;

    public void show() {
        try {
            LocalDate today = time.today();
            from = from == null ? today.withDayOfYear(1) : from;
            to = to == null ? today : to;
            report = statistics.report(new Period(from, to, basis));
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, Map.of("to", "period:to"));
        }
    }

    public OutcomeReport getReport() {
        if (report == null) {
            show();
        }
        return report;
    }

    public String getOutcomeChart() {
        return Charts.bar("Cases closed", getReport() == null ? List.of() : getReport().byOutcome());
    }

    public String getPlatformChart() {
        return Charts.bar("Cases closed", getReport() == null ? List.of() : getReport().byPlatform());
    }

    public String getTrendChart() {
        return Charts.line("Cases", getReport() == null ? List.of() : getReport().quarterly());
    }

    public StreamedContent getCsv() {
        byte[] csv = StatisticsExports.csv(getReport(), suppression()).getBytes(StandardCharsets.UTF_8);
        return file(csv, "text/csv", "csv");
    }

    public StreamedContent getPdf() {
        byte[] pdf = StatisticsExports.pdf(getReport(), suppression(), config.regulatorName(),
                config.regulatorAddress(), config.signatory(), time.today());
        return file(pdf, "application/pdf", "pdf");
    }

    private StreamedContent file(byte[] content, String type, String extension) {
        return DefaultStreamedContent.builder().contentType(type).contentLength((long) content.length)
                .name("outcomes-" + report.period().from() + "-to-" + report.period().to() + "." + extension)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    private int suppression() {
        return suppressBelow == null ? 0 : suppressBelow;
    }

    public Period.Basis[] getBases() { return Period.Basis.values(); }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Period.Basis getBasis() { return basis; }
    public void setBasis(Period.Basis basis) { this.basis = basis; }
    public Integer getSuppressBelow() { return suppressBelow; }
    public void setSuppressBelow(Integer suppressBelow) { this.suppressBelow = suppressBelow; }
}

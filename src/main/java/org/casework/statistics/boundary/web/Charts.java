package org.casework.statistics.boundary.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.casework.statistics.control.Tally;

/** Chart.js configurations for PrimeFaces' {@code p:chart}, built as JSON so every label is escaped. */
final class Charts {

    private static final String COLOUR = "#1f5f8b";

    private Charts() {
    }

    static String bar(String series, List<Tally> tallies) {
        return chart("bar", series, tallies);
    }

    static String line(String series, List<Tally> tallies) {
        return chart("line", series, tallies);
    }

    private static String chart(String type, String series, List<Tally> tallies) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        tallies.forEach(t -> {
            labels.add(t.label());
            values.add(t.count());
        });
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", series).add("data", values)
                                .add("backgroundColor", COLOUR).add("borderColor", COLOUR))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}

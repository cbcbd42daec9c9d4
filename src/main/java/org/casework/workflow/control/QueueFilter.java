package org.casework.workflow.control;

/**
 * What a work queue shows: {@code MINE} (assigned to me) or {@code TEAM} (everything my roles may take, assigned or
 * not), narrowed by case reference, practitioner, platform, overdue or unassigned, in an order.
 */
public record QueueFilter(Queue queue, String reference, String practitioner, String platform, boolean overdueOnly,
                          boolean unassignedOnly, Sort sort, boolean ascending) {

    public enum Queue { MINE, TEAM }

    public enum Sort { CREATED, DUE, NAME }

    public QueueFilter {
        queue = queue == null ? Queue.TEAM : queue;
        sort = sort == null ? Sort.CREATED : sort;
        reference = blankToNull(reference);
        practitioner = blankToNull(practitioner);
        platform = blankToNull(platform);
    }

    public static QueueFilter of(Queue queue) {
        return new QueueFilter(queue, null, null, null, false, false, Sort.CREATED, true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

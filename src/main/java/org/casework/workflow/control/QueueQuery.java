package org.casework.workflow.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * A work queue as one SQL query on the engine's tables. The engine's own task query joins a process-variable
 * condition (the team, the platform) with {@code SELECT DISTINCT}, which makes the database read and sort every
 * matching task before returning a page: most of a second with tens of thousands of open tasks. A process variable
 * set at the start has exactly one row on the process instance, so a plain join is exact and the database can walk
 * the order's index and stop at the end of the page. Every value is a bound parameter.
 */
final class QueueQuery {

    private final StringBuilder joins = new StringBuilder();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** The queue of tasks assigned to {@code user}. */
    static QueueQuery assignedTo(String user) {
        QueueQuery query = new QueueQuery();
        query.conditions.add("RES.ASSIGNEE_ = " + query.bind(user));
        return query;
    }

    /** The queue of tasks at any of these steps. */
    static QueueQuery atSteps(Collection<String> steps) {
        QueueQuery query = new QueueQuery();
        List<String> placeholders = steps.stream().map(query::bind).toList();
        query.conditions.add("RES.TASK_DEF_KEY_ IN (" + String.join(", ", placeholders) + ")");
        return query;
    }

    QueueQuery variableEquals(String name, String value) {
        return variable(name, " = ", value);
    }

    /** {@code pattern} with {@code %} wildcards and no escapes (see {@code Require.containing}). */
    QueueQuery variableLike(String name, String pattern) {
        return variable(name, " LIKE ", pattern);
    }

    QueueQuery unassigned() {
        conditions.add("RES.ASSIGNEE_ IS NULL");
        return this;
    }

    QueueQuery dueBefore(Date moment) {
        conditions.add("RES.DUE_DATE_ < " + bind(moment));
        return this;
    }

    QueueQuery caseLike(String pattern) {
        conditions.add(processInstance() + ".BUSINESS_KEY_ LIKE " + bind(pattern));
        return this;
    }

    QueueQuery caseIn(Collection<String> references) {
        if (references.isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        List<String> placeholders = references.stream().map(this::bind).toList();
        conditions.add(processInstance() + ".BUSINESS_KEY_ IN (" + String.join(", ", placeholders) + ")");
        return this;
    }

    List<Task> page(TaskService tasks, QueueFilter.Sort sort, boolean ascending, int first, int max) {
        String direction = ascending ? " ASC" : " DESC";
        String column = switch (sort) {
            case DUE -> "RES.DUE_DATE_";
            case NAME -> "RES.NAME_";
            case CREATED -> "RES.CREATE_TIME_";
        };
        return query(tasks, "SELECT RES.*" + from() + " ORDER BY " + column + direction + ", RES.ID_ ASC")
                .listPage(first, max);
    }

    /**
     * How many tasks the queue holds, counting no further than {@code limit}: an exact count joins every task of a
     * large queue to its variables (tens of seconds at 100,000 tasks when they are not all in memory), and nobody
     * reads a queue of more than a thousand tasks to the end; they narrow it.
     */
    long count(TaskService tasks, int limit) {
        return query(tasks, "SELECT COUNT(*) FROM (SELECT RES.ID_" + from() + " LIMIT " + limit + ") COUNTED")
                .count();
    }

    private NativeTaskQuery query(TaskService tasks, String sql) {
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
        parameters.forEach(query::parameter);
        return query;
    }

    private String from() {
        return " FROM ACT_RU_TASK RES" + joins + " WHERE " + String.join(" AND ", conditions);
    }

    private QueueQuery variable(String name, String operator, String value) {
        String alias = "V" + parameters.size();
        joins.append(" JOIN ACT_RU_VARIABLE ").append(alias).append(" ON ").append(alias)
                .append(".EXECUTION_ID_ = RES.PROC_INST_ID_ AND ").append(alias).append(".TASK_ID_ IS NULL AND ")
                .append(alias).append(".NAME_ = ").append(bind(name)).append(" AND ").append(alias)
                .append(".TEXT_").append(operator).append(bind(value));
        return this;
    }

    private String processInstance() {
        if (joins.indexOf(" PI ON ") < 0) {
            joins.append(" JOIN ACT_RU_EXECUTION PI ON PI.ID_ = RES.PROC_INST_ID_");
        }
        return "PI";
    }

    private String bind(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return "#{" + name + "}";
    }
}

package org.casework.policy.control;

import java.util.List;

/** A policy file with problems: nothing of it is imported, and every problem is named by its field. */
public class PolicyFileRefusedException extends RuntimeException {

    private final transient List<PolicyFile.Problem> problems;

    public PolicyFileRefusedException(List<PolicyFile.Problem> problems) {
        super("The policy file has " + problems.size() + " problem(s); nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public List<PolicyFile.Problem> problems() {
        return problems;
    }
}

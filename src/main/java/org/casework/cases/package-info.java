/** The case: a complaint about a practitioner, its parties, post links, triage, investigation and decisions, and the use cases that move it on. */
package org.casework.cases;

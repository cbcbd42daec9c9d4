/** The case: a complaint about a practitioner, its parties, post links, triage and the case examiners' decision. */
package org.casework.cases;

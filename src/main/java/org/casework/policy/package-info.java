/** The policy library: versioned policy documents and the numbered clauses that decisions cite. */
package org.casework.policy;

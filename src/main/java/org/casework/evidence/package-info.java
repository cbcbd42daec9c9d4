/** Evidence files (screenshots, PDFs): checked by content, stored outside the database, fingerprinted with SHA-256. */
package org.casework.evidence;

/** Decision letters: composed from the case and its decision, rendered to PDF with an embedded font, kept per case. */
package org.casework.letters;

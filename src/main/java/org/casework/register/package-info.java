/** The register of practitioners: registration number, profession and employer of each registrant. */
package org.casework.register;

package org.casework.kernel;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Clause ids in reading order: by policy and version ({@code MSC-SM-2020}), then by number part by part, as numbers
 * where they are numbers ({@code 2 < 2.1 < 2.10 < 10}).
 */
public enum ClauseOrder implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String a, String b) {
        int slashA = a.lastIndexOf('/');
        int slashB = b.lastIndexOf('/');
        int byVersion = a.substring(0, Math.max(0, slashA)).compareTo(b.substring(0, Math.max(0, slashB)));
        if (byVersion != 0) {
            return byVersion;
        }
        String[] partsA = a.substring(slashA + 1).split("\\.");
        String[] partsB = b.substring(slashB + 1).split("\\.");
        for (int i = 0; i < Math.min(partsA.length, partsB.length); i++) {
            int byPart = part(partsA[i], partsB[i]);
            if (byPart != 0) {
                return byPart;
            }
        }
        return Integer.compare(partsA.length, partsB.length);
    }

    /** Leading digits as a number ({@code 2a < 10}), then the rest as text; parts without digits come last. */
    private static int part(String a, String b) {
        int digitsA = leadingDigits(a);
        int digitsB = leadingDigits(b);
        if (digitsA == 0 || digitsB == 0) {
            return digitsA == digitsB ? a.compareTo(b) : digitsA == 0 ? 1 : -1;
        }
        int byNumber = new BigInteger(a.substring(0, digitsA))
                .compareTo(new BigInteger(b.substring(0, digitsB)));
        return byNumber != 0 ? byNumber : a.substring(digitsA).compareTo(b.substring(digitsB));
    }

    private static int leadingDigits(String part) {
        int n = 0;
        while (n < part.length() && Character.isDigit(part.charAt(n))) {
            n++;
        }
        return n;
    }
}

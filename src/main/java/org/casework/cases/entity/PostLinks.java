package org.casework.cases.entity;

import java.util.ArrayList;
import java.util.List;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Reason;

/**
 * The posts a complaint is about: one to {@value #MOST} links as the complainant gave them, each checked and
 * normalised, the same post once however its link was written; and the links a merged duplicate brings along.
 */
final class PostLinks {

    static final int MOST = 20;

    private PostLinks() {
    }

    static List<PostLink> parse(List<String> links) {
        if (links == null || links.isEmpty()) {
            throw new InvalidFieldException("postLinks", Reason.NO_POST_LINK, "needs at least one link to the post");
        }
        if (links.size() > MOST) {
            throw new InvalidFieldException("postLinks", Reason.TOO_MANY_LINKS, "takes at most " + MOST + " links",
                    MOST);
        }
        List<PostLink> parsed = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            addIfNew(parsed, new PostLink(PostUrl.parse(links.get(i), "postLinks[" + i + "]")));
        }
        return parsed;
    }

    /** Adds the links of another complaint that are not here yet (as copies: a link belongs to one complaint). */
    static void addMissing(List<PostLink> into, List<PostLink> from) {
        from.forEach(link -> addIfNew(into, link.copy()));
    }

    private static void addIfNew(List<PostLink> into, PostLink link) {
        if (into.stream().noneMatch(l -> l.matchHash().equals(link.matchHash()))) {
            into.add(link);
        }
    }
}

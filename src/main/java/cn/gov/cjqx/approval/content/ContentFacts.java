package cn.gov.cjqx.approval.content;

/**
 * What the rules of an item judge: the request, and whether its repost source is on the list of authoritative
 * sources (looked up once by {@link AuthoritativeSources}).
 */
public record ContentFacts(ContentRequest request, boolean sourceOnList) {
}

package dev.circleview.api;

/**
 * Which builds to list.
 *
 * @param branch  only this branch (null for all)
 * @param filter  the API's {@code filter}: completed, successful, failed or running (null for none)
 * @param limit   how many builds in all; more than {@link CircleCiClient#PAGE_SIZE} are fetched in pages
 * @param offset  how many of the newest builds to skip
 */
public record BuildQuery(String branch, String filter, int limit, int offset) {
}

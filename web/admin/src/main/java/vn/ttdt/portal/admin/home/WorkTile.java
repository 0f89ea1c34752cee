package vn.ttdt.portal.admin.home;

/**
 * One kind of work waiting for the signed-in person on the back-office home: how many, the screen where it is done,
 * and a detail such as the nearest deadline; {@code urgent} when something is late.
 */
public record WorkTile(String id, String labelKey, long count, String path, String detail, boolean urgent) {

    static WorkTile of(String id, String labelKey, long count, String path) {
        return new WorkTile(id, labelKey, count, path, null, false);
    }

    static WorkTile late(String id, String labelKey, long count, String path) {
        return new WorkTile(id, labelKey, count, path, null, count > 0);
    }
}

package vn.ttdt.portal.site.statistics.domain;

/**
 * The footer's counter: the visitors seen in the last minutes ("đang truy cập"), today's views and visitors, and every
 * view counted so far ("tổng lượt truy cập").
 */
public record CounterFigures(long online, long todayViews, long todayVisitors, long totalViews) {

    public static final CounterFigures NONE = new CounterFigures(0, 0, 0, 0);
}

package app.haat.demo;

import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationFilter;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.sales.SalesAmounts;
import app.haat.sales.SalesService;
import java.util.Random;

/**
 * Demo sales and check-ins for the running and the finished exhibitions, so that the dashboard and the catalogue show
 * real-looking figures: most days reported (a few left missing, which show as late), a couple of absences. Most days
 * say how much came in cash and by UPI (the finished exhibition less by UPI than the running one, as the e-payment
 * training takes hold), some give a total only, so the dashboard shows a UPI share and the reports it leaves out.
 */
final class DemoSales {

    private DemoSales() {}

    /** Answers how many daily reports it entered. */
    static int load(ExhibitionService exhibitions, ApplicationService applications, SalesService sales) {
        Random random = new Random(26);
        int reports = 0;
        for (Exhibition exhibition : exhibitions.list()) {
            boolean finished = exhibition.status() == ExhibitionStatus.FINISHED;
            if (!finished && exhibition.status() != ExhibitionStatus.RUNNING) {
                continue;
            }
            int stand = 0;
            for (Application application : applications.page(
                    exhibition.id(),
                    new ApplicationFilter(ApplicationStatus.ASSIGNED, null, null, null, null),
                    0,
                    200)) {
                stand++;
                for (SalesService.Day day : sales.days(application.id())) {
                    if (!finished && stand % 5 == 0 && random.nextBoolean()) {
                        continue; // a few reports left missing: they show as late
                    }
                    int rupees = 800 + random.nextInt(40) * 100;
                    sales.report(
                            application.id(),
                            day.day(),
                            amounts(random, rupees, finished ? 10 : 25, stand),
                            3 + random.nextInt(25),
                            null,
                            false);
                    reports++;
                    if (finished) {
                        sales.checkIn(application.id(), day.day(), !(stand == 2 && random.nextInt(3) == 0));
                    }
                }
            }
        }
        return reports;
    }

    /** One day in five a total only; else cash and UPI, UPI about {@code upiPercent}% give or take the stand's way. */
    private static SalesAmounts amounts(Random random, int rupees, int upiPercent, int stand) {
        if (random.nextInt(5) == 0) {
            return SalesAmounts.total(rupees);
        }
        int percent = Math.min(90, upiPercent + (stand % 4) * 8 + random.nextInt(15));
        int upi = rupees * percent / 1000 * 10;
        return new SalesAmounts(null, rupees - upi, upi);
    }
}

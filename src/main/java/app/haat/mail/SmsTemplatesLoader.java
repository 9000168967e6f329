package app.haat.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before the portal serves: the SMS texts of new types are in the table, and the demo has sample template ids. Runs
 * before the demo's data (order 20), whose messages would otherwise be held for want of an id at their first try.
 */
@Component
@Order(5)
class SmsTemplatesLoader implements ApplicationRunner {

    private final SmsTemplates templates;
    private final boolean demo;

    SmsTemplatesLoader(
            SmsTemplates templates,
            @Value("${haat.demo:false}") boolean demo,
            @Value("${haat.sms.sample-template-ids:false}") boolean sampleIds) {
        this.templates = templates;
        this.demo = demo || sampleIds;
    }

    @Override
    public void run(ApplicationArguments args) {
        templates.loadMissing();
        if (demo) {
            templates.fillSampleIds();
        }
    }
}

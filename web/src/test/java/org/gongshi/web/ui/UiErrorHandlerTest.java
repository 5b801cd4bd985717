package org.gongshi.web.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.InvalidInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.notificationTexts;

class UiErrorHandlerTest {

    private final UiErrorHandler handler = new UiErrorHandler();
    private final Logger log = Logger.getLogger(UiErrorHandler.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
        log.addHandler(capture);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void tearDown() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
        StaffUi.tearDown();
    }

    @Test
    void aBusinessRefusalWrappedInAnEjbExceptionShowsItsTranslatedMessage() {
        handler.error(new ErrorEvent(new EJBException(new ConcurrentEdit())));

        assertThat(notificationTexts()).containsExactly("该内容已被他人修改。您的修改尚未保存，请复制后刷新页面再试。");
    }

    @Test
    void aBusinessRefusalShowsItsArgumentsInTheMessage() {
        handler.error(new ErrorEvent(new RuntimeException(new InvalidInput("error.notice.title-too-long", 200))));

        assertThat(notificationTexts()).containsExactly("标题不能超过 200 个字。");
    }

    @Test
    void aMissingRoleShowsThatTheAccountMayNotDoThis() {
        handler.error(new ErrorEvent(new EJBAccessException("WFLYEJB0364: Invocation on method ... is not allowed")));

        assertThat(notificationTexts()).containsExactly("您的账号没有执行此操作的权限。");
    }

    @Test
    void anUnexpectedErrorShowsAReferenceThatIsAlsoLoggedButNeverTheExceptionText() {
        IllegalStateException bug = new IllegalStateException("Connection refused: db.internal:5432");

        handler.error(new ErrorEvent(bug));

        List<String> texts = notificationTexts();
        assertThat(texts).hasSize(1);
        String text = texts.get(0);
        assertThat(text).startsWith("系统暂时无法完成此操作").doesNotContain("Connection refused", "IllegalState");
        String reference = text.replaceAll("(?s).*编号 ([0-9A-F]{8})。.*", "$1");
        assertThat(reference).matches("[0-9A-F]{8}");
        assertThat(logged).anySatisfy(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getMessage()).contains(reference);
            assertThat(record.getThrown()).isSameAs(bug);
        });
    }

    @Test
    void everySessionGetsTheErrorHandler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler())
                .isInstanceOf(UiErrorHandler.class);
    }
}

package fr.impact.dashboard.board;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.impact.dashboard.charts.FigureCache;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.PublicBoard;
import fr.impact.dashboard.system.WebSlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The public board alone: nobody sees it while it is off; anyone, without logging in, once on. */
@WebMvcTest(BoardController.class)
@Import({WebSlice.class, FigureCache.class})
class BoardControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicBoard board;

    @MockitoBean
    Database db;

    @BeforeEach
    void empty() throws Exception {
        WebSlice.emptyDatabase(db);
    }

    @AfterEach
    void off() throws Exception {
        board.set(false);
    }

    @Test
    void offItDoesNotExist() throws Exception {
        board.set(false);
        mvc.perform(get("/tableau")).andExpect(status().isNotFound());
        mvc.perform(get("/tableau/part-locale.png")).andExpect(status().isNotFound());
    }

    @Test
    void onAnyoneReadsItWithoutLoggingIn() throws Exception {
        board.set(true);
        mvc.perform(get("/tableau")).andExpect(status().isOk()).andExpect(view().name(BoardController.VIEW))
                .andExpect(model().attribute("hasData", false));
    }
}

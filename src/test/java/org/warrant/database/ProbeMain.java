package org.warrant.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.WarrantApplication;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.sources.ArticleKind;
import org.warrant.sources.ArticleService;

/**
 * The whole Warrant application in a child JVM, driven over stdin by {@link AppProcess}:
 * {@code import N TAG} imports N articles (one transaction each) and prints {@code ACK TAG-i} after each commit;
 * {@code count TAG} prints how many articles carry that tag.
 */
public final class ProbeMain {

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(WarrantApplication.class, args);
        ArticleService articles = app.getBean(ArticleService.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "instructor", null, List.of(new SimpleGrantedAuthority("ROLE_INSTRUCTOR"))));
        System.out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.split(" ");
            switch (words[0]) {
                case "import" -> {
                    for (int i = 1; i <= Integer.parseInt(words[1]); i++) {
                        String title = words[2] + "-" + i;
                        articles.importArticle(new ArticleDraft(title, null, null, null, null, ArticleKind.OTHER,
                                List.of(DraftBlock.paragraph("Text of " + title + " " + System.nanoTime()))));
                        System.out.println("ACK " + title);
                    }
                }
                case "count" -> System.out.println("COUNT " + jdbc.sql("SELECT COUNT(*) FROM article WHERE title LIKE ?")
                        .param(words[1] + "-%").query(Long.class).single());
                case "exit" -> {
                    app.close();
                    return;
                }
                default -> System.out.println("UNKNOWN " + line);
            }
        }
    }
}

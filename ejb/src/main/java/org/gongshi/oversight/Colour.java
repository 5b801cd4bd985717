package org.gongshi.oversight;

/** A score's or a card's colour: 绿 / 黄 / 红. */
public enum Colour {
    GREEN("绿"), YELLOW("黄"), RED("红");

    private final String chinese;

    Colour(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}

package dev.camelsage.sage.model;

/** A record that carries Sage's three analysis categories ({@code AnalysisCategoryId1} to {@code 3}). */
public abstract class AnalysedEntity extends SageEntity {

    private Long analysisCategoryId1;
    private Long analysisCategoryId2;
    private Long analysisCategoryId3;

    public Long getAnalysisCategoryId1() {
        return analysisCategoryId1;
    }

    public void setAnalysisCategoryId1(Long analysisCategoryId1) {
        this.analysisCategoryId1 = analysisCategoryId1;
    }

    public Long getAnalysisCategoryId2() {
        return analysisCategoryId2;
    }

    public void setAnalysisCategoryId2(Long analysisCategoryId2) {
        this.analysisCategoryId2 = analysisCategoryId2;
    }

    public Long getAnalysisCategoryId3() {
        return analysisCategoryId3;
    }

    public void setAnalysisCategoryId3(Long analysisCategoryId3) {
        this.analysisCategoryId3 = analysisCategoryId3;
    }
}

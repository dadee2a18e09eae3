package org.zhifa.publicity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How Chinese text is cut for the public search. Each text is indexed twice: as CJK bigrams ({@code *_bi}, 超限运输 →
 * 超限 限运 运输) and as single characters ({@code *_uni}). A query of two or more Chinese characters is a phrase of
 * bigrams; a single character is a term of the unigram field; Latin letters and digits are whole words in both.
 */
final class SearchAnalysis {

    static final String TEXT_BI = "text_bi";
    static final String TEXT_UNI = "text_uni";
    static final String PARTY_BI = "party_bi";
    static final String PARTY_UNI = "party_uni";

    private final Analyzer bigram = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final Analyzer unigram = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new CJKWidthFilter(source);
            result = new LowerCaseFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(bigram, Map.of(TEXT_UNI, unigram, PARTY_UNI, unigram));
    }

    /** The query for one whitespace-free search term: all its parts must match. */
    Query textQuery(String biField, String uniField, String text) {
        List<Query> parts = new ArrayList<>();
        PhraseQuery.Builder phrase = null;
        int phraseTerms = 0;
        int position = -1;
        try (TokenStream ts = bigram.tokenStream(biField, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                String t = term.toString();
                String kind = type.type();
                if (CJKBigramFilter.DOUBLE_TYPE.equals(kind)) {
                    if (phrase == null) {
                        phrase = new PhraseQuery.Builder();
                        phraseTerms = 0;
                    }
                    phrase.add(new Term(biField, t), position);
                    phraseTerms++;
                    continue;
                }
                if (phrase != null) {
                    parts.add(single(phrase, phraseTerms, biField));
                    phrase = null;
                }
                if (CJKBigramFilter.SINGLE_TYPE.equals(kind)) {
                    parts.add(new TermQuery(new Term(uniField, t)));
                } else {
                    parts.add(new TermQuery(new Term(biField, t)));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (phrase != null) {
            parts.add(single(phrase, phraseTerms, biField));
        }
        if (parts.isEmpty()) {
            // only punctuation: nothing can match it
            return new MatchNoDocsQuery();
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        parts.forEach(p -> b.add(p, Occur.FILTER));
        return b.build();
    }

    private static Query single(PhraseQuery.Builder phrase, int terms, String field) {
        PhraseQuery q = phrase.build();
        // a single bigram is a plain term: counted from the index statistics, no positions read
        return terms == 1 ? new TermQuery(q.getTerms()[0]) : q;
    }
}

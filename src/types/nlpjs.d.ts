// The part of @nlpjs's English package this project uses; it ships no types. (Slovenian is
// stemmed by our own common/language/slovenian-stemmer.ts.)
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}

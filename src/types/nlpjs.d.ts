// The parts of @nlpjs's language packages this project uses; they ship no types.
declare module '@nlpjs/lang-sl' {
  export class StemmerSl {
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}

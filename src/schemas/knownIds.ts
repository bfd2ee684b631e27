/**
 * The ids a reference may name, one list per reference file (tracks.yaml, programmes.yaml…):
 * schemas take them as an argument to refuse an unknown id with the list of known ones.
 */
export interface KnownIds {
  tracks: string[];
  programmes: string[];
  worries: string[];
  institutions: string[];
  partners: string[];
}

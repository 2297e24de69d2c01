/// <reference types="node" />
/*
 * The manifest names types as the code spells them (`BookButtonMode`,
 * `DEFAULT_LEVEL`), which tells a designer nothing and gives Storybook no
 * choices to offer. This resolves them with TypeScript's own checker at build
 * time, so a value added to a union in src/ becomes a new option in the
 * controls with no story to edit:
 * - `parsedType.text`: a union of string or number literals, spelled out
 *   (`'link' | 'new-tab' | …`); @wc-toolkit/storybook-helpers reads
 *   `parsedType` first and makes a select control from a union.
 * - `default`: a default written as a constant's name becomes its value.
 */
import { dirname, join } from 'node:path';
import ts from 'typescript';

interface ManifestType {
  text: string;
}
interface ManifestField {
  name: string;
  fieldName?: string;
  kind?: string;
  type?: ManifestType;
  parsedType?: ManifestType;
  default?: string;
  inheritedFrom?: { name: string; module?: string };
}
interface ManifestDeclaration {
  name: string;
  tagName?: string;
  attributes?: ManifestField[];
  members?: ManifestField[];
}
export interface Manifest {
  modules: Array<{ path: string; declarations?: ManifestDeclaration[] }>;
}

function compilerOptions(root: string): ts.CompilerOptions {
  const file = join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, dirname(file)).options;
}

/** `'a' | 'b'` when every member of `type` (undefined aside) is a string or number literal; booleans are not choices. */
function literalUnion(checker: ts.TypeChecker, type: ts.Type): string | undefined {
  const members = checker.getNonNullableType(type);
  const parts = members.isUnion() ? members.types : [members];
  if (parts.length < 2 || !parts.every((part) => part.isStringLiteral() || part.isNumberLiteral())) return undefined;
  return parts.map((part) => (part.isStringLiteral() ? `'${part.value}'` : String((part as ts.NumberLiteralType).value))).join(' | ');
}

/** The literal a `const NAME = …` in `file` is initialised with, as source text. */
function constantValue(file: ts.SourceFile | undefined, name: string): string | undefined {
  for (const statement of file?.statements ?? []) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && init && (ts.isLiteralExpression(init) || init.kind === ts.SyntaxKind.TrueKeyword || init.kind === ts.SyntaxKind.FalseKeyword)) {
        return init.getText(file);
      }
    }
  }
  return undefined;
}

/** A copy of `manifest` with literal unions and named defaults resolved; the file on disk is left alone. */
export function resolveManifestTypes(manifest: Manifest, root: string): Manifest {
  const copy: Manifest = structuredClone(manifest);
  const elements = copy.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((declaration) => ({ mod, declaration })));
  const program = ts.createProgram(
    elements.map(({ mod }) => join(root, mod.path)),
    compilerOptions(root),
  );
  const checker = program.getTypeChecker();
  for (const { mod, declaration } of elements) {
    const file = program.getSourceFile(join(root, mod.path));
    const classNode = file?.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
    if (!classNode?.name) continue;
    const instance = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(classNode.name)!);
    for (const field of [...(declaration.attributes ?? []), ...(declaration.members ?? []).filter((m) => m.kind === 'field')]) {
      const property = instance.getProperty(field.fieldName ?? field.name);
      if (property) {
        const union = literalUnion(checker, checker.getTypeOfSymbolAtLocation(property, classNode));
        if (union) field.parsedType = { text: union };
      }
      if (field.default && /^[A-Z_][A-Z0-9_]*$/.test(field.default)) {
        const where = field.inheritedFrom?.module ?? mod.path;
        field.default = constantValue(program.getSourceFile(join(root, where)), field.default) ?? field.default;
      }
    }
  }
  return copy;
}

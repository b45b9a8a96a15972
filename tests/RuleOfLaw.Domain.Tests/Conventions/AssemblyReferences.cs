using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace RuleOfLaw.Domain.Tests.Conventions;

/// <summary>
/// What the types of a compiled assembly refer to, read from its metadata and IL with System.Reflection.Metadata:
/// base types, interfaces, fields, method and property signatures, attributes, and every type, method and field a
/// method body names (calls, field loads, <c>newobj</c>, casts, <c>ldtoken</c>). Source is never read, so a reference
/// cannot hide behind an alias, a <c>using static</c> or a fully qualified name.
/// </summary>
internal static class AssemblyReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>One reference: the type that holds it, the member of that type it sits in, and what it names.</summary>
    /// <param name="User">The full name of the type holding the reference (<c>Ns.Outer+Inner</c>).</param>
    /// <param name="Site">The member the reference sits in (<c>Validate</c>, <c>base type</c>, <c>field _clock</c>).</param>
    /// <param name="Types">The full names of the types named, outermost first (a generic instantiation names its arguments too).</param>
    /// <param name="Member">The member named (<c>get_Instance</c>), or empty for a bare type.</param>
    public sealed record Reference(string User, string Site, ImmutableArray<string> Types, string Member)
    {
        /// <summary>Gets the namespace of the holding type (of its outermost type, for a nested one).</summary>
        public string UserNamespace => NamespaceOf(User);

        public override string ToString() => $"{User}.{Site} -> {string.Join(", ", Types)}{(Member.Length == 0 ? "" : "::" + Member)}";
    }

    /// <summary>Gets the namespace of a full type name such as <c>Ns.Outer+Inner</c>.</summary>
    public static string NamespaceOf(string fullName)
    {
        var outer = fullName.Split('+')[0];
        var dot = outer.LastIndexOf('.');
        return dot < 0 ? string.Empty : outer[..dot];
    }

    /// <summary>Reads every reference that the types of an assembly file make.</summary>
    public static ImmutableArray<Reference> Of(Assembly assembly) => Of(assembly.Location);

    /// <summary>Reads every reference that the types of an assembly file make.</summary>
    public static ImmutableArray<Reference> Of(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var provider = new NameProvider(reader);
        var found = ImmutableArray.CreateBuilder<Reference>();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            var user = FullName(reader, typeHandle);
            if (user == "<Module>")
            {
                continue;
            }

            void Add(string site, ImmutableArray<string> types, string member = "")
            {
                if (types.Length > 0)
                {
                    found.Add(new Reference(user, site, types, member));
                }
            }

            if (!type.BaseType.IsNil)
            {
                Add("base type", TypesOf(reader, provider, type.BaseType));
            }

            foreach (var implementation in type.GetInterfaceImplementations())
            {
                Add("interface", TypesOf(reader, provider, reader.GetInterfaceImplementation(implementation).Interface));
            }

            AddAttributes(reader, provider, type.GetCustomAttributes(), "attribute", Add);
            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                var site = "field " + reader.GetString(field.Name);
                Add(site, field.DecodeSignature(provider, null));
                AddAttributes(reader, provider, field.GetCustomAttributes(), site, Add);
            }

            foreach (var propertyHandle in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(propertyHandle);
                var signature = property.DecodeSignature(provider, null);
                Add("property " + reader.GetString(property.Name), Flatten(signature.ParameterTypes.Prepend(signature.ReturnType)));
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                var site = reader.GetString(method.Name);
                var signature = method.DecodeSignature(provider, null);
                Add(site, Flatten(signature.ParameterTypes.Prepend(signature.ReturnType)));
                AddAttributes(reader, provider, method.GetCustomAttributes(), site, Add);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                if (!body.LocalSignature.IsNil)
                {
                    var locals = reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null);
                    Add(site, Flatten(locals));
                }

                foreach (var token in TokensOf(body.GetILReader()))
                {
                    var (types, member) = Resolve(reader, provider, MetadataTokens.EntityHandle(token));
                    Add(site, types, member);
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Gets the operands of the IL instructions that name a type, method or field.</summary>
    private static List<int> TokensOf(BlobReader il)
    {
        var tokens = new List<int>();
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    tokens.Add(il.ReadInt32());
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }

        return tokens;
    }

    private static (ImmutableArray<string> Types, string Member) Resolve(MetadataReader reader, NameProvider provider, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MemberReference:
                var reference = reader.GetMemberReference((MemberReferenceHandle)handle);
                var parent = reference.Parent.Kind == HandleKind.MethodDefinition
                    ? TypesOf(reader, provider, reader.GetMethodDefinition((MethodDefinitionHandle)reference.Parent).GetDeclaringType())
                    : TypesOf(reader, provider, reference.Parent);
                return (parent, reader.GetString(reference.Name));
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                return (TypesOf(reader, provider, method.GetDeclaringType()), reader.GetString(method.Name));
            case HandleKind.FieldDefinition:
                var field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                return (TypesOf(reader, provider, field.GetDeclaringType()), reader.GetString(field.Name));
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                var (types, member) = Resolve(reader, provider, specification.Method);
                return (types.AddRange(Flatten(specification.DecodeSignature(provider, null))), member);
            default:
                return (TypesOf(reader, provider, handle), string.Empty);
        }
    }

    private static void AddAttributes(MetadataReader reader, NameProvider provider, CustomAttributeHandleCollection attributes, string site, Action<string, ImmutableArray<string>, string> add)
    {
        foreach (var handle in attributes)
        {
            var (types, _) = Resolve(reader, provider, reader.GetCustomAttribute(handle).Constructor);
            add(site, types, string.Empty);
        }
    }

    private static ImmutableArray<string> TypesOf(MetadataReader reader, NameProvider provider, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => [FullName(reader, (TypeDefinitionHandle)handle)],
        HandleKind.TypeReference => [FullName(reader, (TypeReferenceHandle)handle)],
        HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null),
        _ => [],
    };

    private static ImmutableArray<string> Flatten(IEnumerable<ImmutableArray<string>> parts) => parts.SelectMany(part => part).ToImmutableArray();

    private static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(reader, declaring) + "+" + name;
        }

        var space = reader.GetString(type.Namespace);
        return space.Length == 0 ? name : space + "." + name;
    }

    private static string FullName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return FullName(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var space = reader.GetString(type.Namespace);
        return space.Length == 0 ? name : space + "." + name;
    }

    /// <summary>Decodes a signature into the full names of every type it mentions.</summary>
    private sealed class NameProvider(MetadataReader reader) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) => [FullName(metadata, handle)];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => [FullName(metadata, handle)];

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            genericType.AddRange(typeArguments.SelectMany(argument => argument));

        public ImmutableArray<string> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) =>
            signature.ParameterTypes.Prepend(signature.ReturnType).SelectMany(part => part).ToImmutableArray();

        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) => unmodifiedType;
    }
}

using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RuleOfLaw.Domain.Internal;

/// <summary>
/// A list whose storage is rented from <see cref="ArrayPool{T}.Shared"/> and given back when the list is disposed or
/// handed over as an exact immutable array: a scan that collects an unknown number of items then allocates only the
/// result, not every array the list grew through.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class PooledList<T> : IDisposable
{
    private T[] _items;

    /// <summary>Creates an empty list with room for <paramref name="capacity"/> items before it grows.</summary>
    public PooledList(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));

    /// <summary>Gets how many items the list holds.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the item at an index.</summary>
    public T this[int index] => AsSpan()[index];

    /// <summary>Gets the items held, in order; valid until the list changes.</summary>
    public ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>Adds an item at the end.</summary>
    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(Math.Max(16, _items.Length * 2));
            Array.Copy(_items, larger, Count);
            Release(_items, Count);
            _items = larger;
        }

        _items[Count++] = item;
    }

    /// <summary>Copies the items into an immutable array of their number and gives the storage back; the list is then empty.</summary>
    public ImmutableArray<T> ToImmutableAndClear()
    {
        var result = ImmutableCollectionsMarshal.AsImmutableArray(AsSpan().ToArray());
        Release(_items, Count);
        _items = [];
        Count = 0;
        return result;
    }

    /// <summary>Gives the storage back; the list is then empty.</summary>
    public void Dispose()
    {
        Release(_items, Count);
        _items = [];
        Count = 0;
    }

    private static void Release(T[] items, int count)
    {
        if (items.Length == 0)
        {
            return;
        }

        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(items, 0, count);
        }

        ArrayPool<T>.Shared.Return(items);
    }
}
